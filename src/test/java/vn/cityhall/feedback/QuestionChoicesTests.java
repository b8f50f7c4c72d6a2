package vn.cityhall.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuestionChoicesTests {

    @Test
    void readsTheSeededChoicesAndWritesThemBackUnchanged() {
        String seeded = "TODAY=Hôm nay|Today;WEEK=Trong tuần này|This week;LONGER=Lâu hơn|Longer";
        assertThat(QuestionChoices.parse(seeded)).containsExactly(
                new QuestionChoices.Choice("TODAY", "Hôm nay", "Today"),
                new QuestionChoices.Choice("WEEK", "Trong tuần này", "This week"),
                new QuestionChoices.Choice("LONGER", "Lâu hơn", "Longer"));
        assertThat(QuestionChoices.format(QuestionChoices.parse(seeded))).isEqualTo(seeded);
    }

    @Test
    void acceptsOneChoicePerLineWithSpacesAndStoresThemJoinedBySemicolons() {
        String typed = " YES = Có | Yes \r\n\r\nNO=Không|No;\n";
        assertThat(QuestionChoices.format(QuestionChoices.parse(typed))).isEqualTo("YES=Có|Yes;NO=Không|No");
    }

    @Test
    void refusesAnEntryWithoutEnglishLabelOrWithoutKey() {
        assertProblem("YES=Có;NO=Không|No", QuestionChoices.Problem.SYNTAX, "YES=Có");
        assertProblem("YES=Có|;NO=Không|No", QuestionChoices.Problem.SYNTAX, "YES=Có|");
        assertProblem("Có|Yes;NO=Không|No", QuestionChoices.Problem.SYNTAX, "Có|Yes");
        assertProblem("YES=Có|Yes|Oui;NO=Không|No", QuestionChoices.Problem.SYNTAX, "YES=Có|Yes|Oui");
        assertProblem("YES|Có=Yes;NO=Không|No", QuestionChoices.Problem.SYNTAX, "YES|Có=Yes");
    }

    @Test
    void refusesKeysThatAreNotUpperCaseCodes() {
        assertProblem("yes=Có|Yes;NO=Không|No", QuestionChoices.Problem.KEY, "yes=Có|Yes");
        assertProblem("CÓ=Có|Yes;NO=Không|No", QuestionChoices.Problem.KEY, "CÓ=Có|Yes");
        assertProblem("=Có|Yes;NO=Không|No", QuestionChoices.Problem.KEY, "=Có|Yes");
    }

    @Test
    void refusesDuplicateKeysTooFewChoicesAndNothing() {
        assertProblem("A=Một|One;A=Hai|Two", QuestionChoices.Problem.DUPLICATE_KEY, "A");
        assertProblem("A=Một|One", QuestionChoices.Problem.TOO_FEW, null);
        assertProblem("  ;\n", QuestionChoices.Problem.TOO_FEW, null);
        assertProblem(null, QuestionChoices.Problem.EMPTY, null);
        assertProblem(" ", QuestionChoices.Problem.EMPTY, null);
    }

    @Test
    void refusesChoicesLongerThanTheColumn() {
        String label = "x".repeat(300);
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            typed.append("K").append(i).append('=').append(label).append('|').append(label).append(';');
        }
        assertProblem(typed.toString(), QuestionChoices.Problem.TOO_LONG, null);
    }

    private static void assertProblem(String typed, QuestionChoices.Problem problem, String entry) {
        assertThatThrownBy(() -> QuestionChoices.parse(typed)).isInstanceOfSatisfying(QuestionChoices.Invalid.class,
                invalid -> {
                    assertThat(invalid.problem()).isEqualTo(problem);
                    assertThat(invalid.entry()).isEqualTo(entry);
                });
    }
}
