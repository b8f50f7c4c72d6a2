package vn.cityhall.zalo.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.cityhall.shared.Texts;

/** Which replies count as the rating: the rule of {@link RatingReplies}. */
class RatingRepliesTests {

    private static Integer stars(String typed, ConversationState state) {
        return RatingReplies.stars(Texts.searchKey(typed), state);
    }

    @Test
    void anExplicitRatingCountsAtEveryStep() {
        for (ConversationState state : ConversationState.values()) {
            assertThat(stars("Đánh giá 4", state)).as(state.name()).isEqualTo(4);
            assertThat(stars("4 sao", state)).as(state.name()).isEqualTo(4);
            assertThat(stars("danh gia: 5 sao!", state)).as(state.name()).isEqualTo(5);
            assertThat(stars("3/5", state)).as(state.name()).isEqualTo(3);
            assertThat(stars("2 điểm", state)).as(state.name()).isEqualTo(2);
        }
    }

    @Test
    void aBareNumberCountsOnlyWhereANumberMeansNothingElse() {
        assertThat(stars("5", ConversationState.RATING)).isEqualTo(5);
        assertThat(stars("1", ConversationState.DESCRIBE)).isEqualTo(1);
        assertThat(stars("4", ConversationState.NAME)).isEqualTo(4);
        assertThat(stars(" 3. ", ConversationState.PHONE)).isEqualTo(3);
        for (ConversationState numbered : new ConversationState[] {ConversationState.MENU, ConversationState.QUESTION,
                ConversationState.TRACK, ConversationState.CATEGORY, ConversationState.PUBLISH,
                ConversationState.CONFIRM}) {
            assertThat(stars("2", numbered)).as(numbered.name()).isNull();
        }
    }

    @Test
    void anythingElseIsNotARating() {
        assertThat(stars("6 sao", ConversationState.RATING)).isNull();
        assertThat(stars("0", ConversationState.RATING)).isNull();
        assertThat(stars("đánh giá", ConversationState.RATING)).isNull();
        assertThat(stars("Đánh giá 5 sao cho cán bộ phường", ConversationState.DESCRIBE)).isNull();
        assertThat(stars("45", ConversationState.RATING)).isNull();
        assertThat(stars("sao 4", ConversationState.NAME)).isNull();
    }
}
