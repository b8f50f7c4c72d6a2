-- Zalo conversation: where each citizen stands in the chat, and the feedback items sent through it.

-- One row per Zalo user, so that several citizens talking at once never share a draft. The draft of a
-- feedback item is JSON (text, files, location, category, contact); expires_at is when an unfinished
-- draft is dropped with a notice. rating_item_id: the answered item whose rating (1-5) is awaited.
create table zalo_conversation (
    user_id varchar(64) primary key,
    state varchar(20) not null,
    draft varchar(16000),
    rating_item_id bigint,
    updated_at timestamp with time zone not null,
    expires_at timestamp with time zone
);

create index zalo_conversation_expiry on zalo_conversation (expires_at);

-- The feedback items a Zalo user sent: status updates go to that user, and only that user may track
-- them. The item's private-link secret is kept AES-GCM encrypted (cityhall.zalo.token-key), so that the
-- citizen's tracking and rating go through the feedback module's secret check.
create table zalo_feedback_link (
    item_id bigint primary key,
    user_id varchar(64) not null,
    code varchar(40) not null,
    secret varchar(500) not null,
    created_at timestamp with time zone not null
);

create index zalo_feedback_link_user on zalo_feedback_link (user_id, created_at);
create index zalo_feedback_link_code on zalo_feedback_link (code);
