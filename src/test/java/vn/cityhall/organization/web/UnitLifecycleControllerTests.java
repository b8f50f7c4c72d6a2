package vn.cityhall.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.People;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.UnitDeactivated;
import vn.cityhall.organization.UnitMoved;
import vn.cityhall.organization.UnitReactivated;
import vn.cityhall.organization.Units;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@RecordApplicationEvents
@WithUserDetails("admin")
class UnitLifecycleControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Units units;

    @Autowired
    People people;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TransactionTemplate transactions;

    AdminFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AdminFixtures(units, people, transactions);
    }

    @Test
    void moveFormListsPossibleParentsOutsideTheUnitsBranch() throws Exception {
        Unit parent = fixtures.division("00070");
        Unit child = fixtures.division(parent);
        mvc.perform(get("/admin/units/{id}/move", parent.id().value()))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/units/move"))
                .andExpect(content().string(containsString("<option value=\"00082\">")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<option value=\"" + child.code() + "\">"))));
    }

    @Test
    void movesADivisionToAnotherWard() throws Exception {
        Unit division = fixtures.division("00070");
        mvc.perform(post("/admin/units/{id}/move", division.id().value()).with(csrf()).param("parentCode", "00082"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/units/" + division.id().value()))
                .andExpect(flash().attributeExists("flash"));
        assertThat(fixtures.parentCode(division)).isEqualTo("00082");
        assertThat(events.stream(UnitMoved.class).filter(event -> event.unit().equals(division.id()))).hasSize(1);
    }

    @Test
    void refusesToMoveAUnitIntoItsOwnSubtree() throws Exception {
        Unit parent = fixtures.division("00070");
        Unit child = fixtures.division(parent);
        Unit grandchild = fixtures.division(child);
        mvc.perform(post("/admin/units/{id}/move", parent.id().value()).with(csrf()).param("parentCode", grandchild.code()))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/units/move"))
                .andExpect(content().string(containsString("Không thể chuyển " + parent.name() + " vào " + grandchild.name())));
        mvc.perform(post("/admin/units/{id}/move", parent.id().value()).with(csrf()).param("parentCode", parent.code()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("là chính nó hoặc nằm bên dưới nó")));
        assertThat(fixtures.parentCode(parent)).isEqualTo("00070");
        assertThat(events.stream(UnitMoved.class)).isEmpty();
    }

    @Test
    void refusesAMoveThatBreaksTheTypeRuleOrNamesNoUnit() throws Exception {
        Unit hoanKiem = fixtures.unit("00070");
        mvc.perform(post("/admin/units/{id}/move", hoanKiem.id().value()).with(csrf()).param("parentCode", "01.SXD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không thể trực thuộc đơn vị loại “Sở, ban, ngành”")));
        mvc.perform(post("/admin/units/{id}/move", hoanKiem.id().value()).with(csrf()).param("parentCode", "NO.SUCH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có đơn vị nào mã NO.SUCH")));
        mvc.perform(post("/admin/units/{id}/move", hoanKiem.id().value()).with(csrf()).param("parentCode", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn đơn vị cấp trên mới.")));
        assertThat(fixtures.parentCode(hoanKiem)).isEqualTo("01");
    }

    @Test
    void deactivateFormWarnsAboutActivePeopleAndUnits() throws Exception {
        Unit hoanKiem = fixtures.unit("00070");
        mvc.perform(get("/admin/units/{id}/deactivate", hoanKiem.id().value()))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/units/deactivate"))
                .andExpect(content().string(containsString("Đơn vị còn")));
    }

    @Test
    void refusesToDeactivateAUnitWithActivePeopleOrUnits() throws Exception {
        Unit division = fixtures.division("00070");
        fixtures.person(division);
        fixtures.person(division);
        fixtures.division(division);
        mvc.perform(post("/admin/units/{id}/deactivate", division.id().value()).with(csrf()).param("endDate", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa thể ngừng hoạt động " + division.name()
                        + ": đơn vị còn 2 cán bộ đang hoạt động và 1 đơn vị trực thuộc đang hoạt động")));
        assertThat(fixtures.reload(division).isActive()).isTrue();
        assertThat(events.stream(UnitDeactivated.class)).isEmpty();
    }

    @Test
    void deactivatesAnEmptyUnitWithAnEndDateAndReactivatesIt() throws Exception {
        Unit division = fixtures.division("00070");
        mvc.perform(post("/admin/units/{id}/deactivate", division.id().value()).with(csrf()).param("endDate", "2026-03-31"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", new Flash("success", "Đơn vị " + division.name() + " đã ngừng hoạt động.")));
        Unit inactive = fixtures.reload(division);
        assertThat(inactive.isActive()).isFalse();
        assertThat(inactive.validTo()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(events.stream(UnitDeactivated.class)).hasSize(1);

        mvc.perform(get("/admin/units/{id}", division.id().value()))
                .andExpect(content().string(containsString("Ngừng hoạt động")))
                .andExpect(content().string(containsString("31/03/2026")));

        mvc.perform(post("/admin/units/{id}/reactivate", division.id().value()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", new Flash("success", "Đơn vị " + division.name() + " đã hoạt động trở lại.")));
        Unit active = fixtures.reload(division);
        assertThat(active.isActive()).isTrue();
        assertThat(active.validTo()).isNull();
        assertThat(events.stream(UnitReactivated.class)).hasSize(1);
    }

    @Test
    void refusesADeactivationWithoutOrBeforeTheStartDate() throws Exception {
        Unit division = fixtures.division("00070");
        mvc.perform(post("/admin/units/{id}/deactivate", division.id().value()).with(csrf()).param("endDate", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập ngày hết hiệu lực.")));
        mvc.perform(post("/admin/units/{id}/deactivate", division.id().value()).with(csrf()).param("endDate", "2020-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("(01/07/2025)")));
        assertThat(fixtures.reload(division).isActive()).isTrue();
    }

    @Test
    void refusesToReactivateAnActiveUnit() throws Exception {
        Unit division = fixtures.division("00070");
        mvc.perform(post("/admin/units/{id}/reactivate", division.id().value()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", new Flash("danger", "Đơn vị " + division.name() + " đang hoạt động.")));
        assertThat(events.stream(UnitReactivated.class)).isEmpty();
    }
}
