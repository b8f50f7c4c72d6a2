package vn.cityhall.zalo.conversation;

import vn.cityhall.zalo.outbound.ZaloUserInfoRequest;

/** One message a turn sends back: a text, or Zalo's {@code request_user_info} card. */
sealed interface Reply {

    record Text(String text) implements Reply {
    }

    record UserInfoCard(ZaloUserInfoRequest card) implements Reply {
    }
}
