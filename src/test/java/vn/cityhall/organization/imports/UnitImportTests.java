package vn.cityhall.organization.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.UnitCreated;
import vn.cityhall.organization.UnitType;
import vn.cityhall.organization.Units;
import vn.cityhall.organization.web.Flash;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@RecordApplicationEvents
@WithUserDetails("admin")
class UnitImportTests {

    private static final String EXPIRED = "Bản xem trước này không còn hiệu lực (đã tải lên tệp khác hoặc phiên làm "
            + "việc đã hết). Hãy tải tệp lên lại.";

    private static final String HEADER = "code,parent_code,type,name,full_name,short_name,valid_from,valid_to,sort_order\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    Units units;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TransactionTemplate transactions;

    private Document preview(MockHttpSession session, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/imports/preview"))
                .andReturn().getResponse().getContentAsString());
    }

    private String parentCode(String code) {
        return transactions.execute(status -> {
            Unit parent = units.findByCode(code).orElseThrow().parent();
            return parent == null ? null : parent.code();
        });
    }

    @Test
    void importPageDocumentsTheColumnsAndOffersTemplates() throws Exception {
        mvc.perform(get("/admin/imports"))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/imports/index"))
                .andExpect(content().string(containsString("parent_code")))
                .andExpect(content().string(containsString("Mã đơn vị cấp trên")))
                .andExpect(content().string(containsString("/admin/imports/template/units.csv")))
                .andExpect(content().string(containsString("/admin/imports/template/people.csv")));
        mvc.perform(get("/admin/imports").param("lang", "en"))
                .andExpect(content().string(containsString("Code of the parent unit")));
    }

    @Test
    void templatesAreDownloadableAndValid() throws Exception {
        byte[] template = mvc.perform(get("/admin/imports/template/units.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(template, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode,parent_code,type,name,full_name,short_name");
        MockHttpSession session = new MockHttpSession();
        Document page = preview(session, ImportFixtures.upload(mvc, session, "units", template));
        assertThat(page.select("#problems")).isEmpty();
        assertThat(page.select("form[action=/admin/imports/confirm]")).hasSize(1);
        mvc.perform(get("/admin/imports/template/nothing.csv")).andExpect(status().isNotFound());
    }

    @Test
    void previewsAValidFileWithoutChangingAnythingThenImportsItAll() throws Exception {
        String parent = ImportFixtures.unique("IMP");
        String child = parent + ".A";
        String csv = HEADER
                + parent + ",00082,DIVISION,Phòng Nhập Thử,Phòng Nhập Thử phường Cửa Nam,PNT,2025-07-01,,7\n"
                + child + "," + parent + ",DIVISION,Tổ Một,Tổ Một - Phòng Nhập Thử,T1,,,\n"
                + "00070.VP,00070,DIVISION,Văn phòng HĐND và UBND,Văn phòng HĐND và UBND phường Hoàn Kiếm,VP,2025-07-01,,0\n";
        long before = units.count();
        MockHttpSession session = new MockHttpSession();
        String url = ImportFixtures.upload(mvc, session, "units", ImportFixtures.utf8(csv));
        assertThat(url).startsWith("/admin/imports/preview/");
        Document page = preview(session, url);
        assertThat(page.select("#count-create").text()).isEqualTo("2");
        assertThat(page.select("#count-invalid").text()).isEqualTo("0");
        assertThat(page.select("#rows tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).startsWith("2 Thêm mới " + parent))
                .anySatisfy(row -> assertThat(row).startsWith("3 Thêm mới " + child));
        assertThat(units.count()).isEqualTo(before);

        mvc.perform(post("/admin/imports/confirm").param("token", ImportFixtures.token(url)).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/imports"))
                .andExpect(flash().attribute("flash", new Flash("success", "Đã nhập xong: 2 thêm mới, 0 cập nhật, 1 không đổi.")));
        assertThat(units.count()).isEqualTo(before + 2);
        assertThat(parentCode(parent)).isEqualTo("00082");
        assertThat(parentCode(child)).isEqualTo(parent);
        Unit created = units.findByCode(parent).orElseThrow();
        assertThat(created.type()).isEqualTo(UnitType.DIVISION);
        assertThat(created.sortOrder()).isEqualTo(7);
        assertThat(created.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(events.stream(UnitCreated.class).map(UnitCreated::code)).contains(parent, child);

        mvc.perform(post("/admin/imports/confirm").param("token", ImportFixtures.token(url)).with(csrf()).session(session))
                .andExpect(flash().attribute("flash", new Flash("danger", EXPIRED)));
        assertThat(units.count()).isEqualTo(before + 2);
    }

    @Test
    void aFileWithOneBadRowChangesNothingAndReportsThatRow() throws Exception {
        String first = ImportFixtures.unique("BAD");
        String second = ImportFixtures.unique("BAD");
        String third = ImportFixtures.unique("BAD");
        String csv = HEADER
                + first + ",00070,DIVISION,Phòng Một,Phòng Một phường Hoàn Kiếm,P1,,,\n"
                + second + ",NO.SUCH.PARENT,DIVISION,Phòng Hai,Phòng Hai phường Hoàn Kiếm,P2,,,\n"
                + third + ",00070,DIVISION,Phòng Ba,Phòng Ba phường Hoàn Kiếm,P3,,,\n";
        long before = units.count();
        MockHttpSession session = new MockHttpSession();
        String url = ImportFixtures.upload(mvc, session, "units", ImportFixtures.utf8(csv));
        Document page = preview(session, url);
        List<Element> problems = page.select("#problems tbody tr");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).select("td").eachText()).containsExactly("3", "parent_code",
                "Không có đơn vị mã NO.SUCH.PARENT trong hệ thống hay ở một dòng phía trên trong tệp.");
        assertThat(page.text()).contains("Có 1 lỗi ở 1 dòng. Chưa có dữ liệu nào được nhập.");
        assertThat(page.select("form[action=/admin/imports/confirm]")).isEmpty();

        mvc.perform(post("/admin/imports/confirm").param("token", ImportFixtures.token(url)).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(url));
        assertThat(units.count()).isEqualTo(before);
        assertThat(units.findByCode(first)).isEmpty();
        assertThat(units.findByCode(third)).isEmpty();
        assertThat(events.stream(UnitCreated.class)).isEmpty();
    }

    @Test
    void readsAByteOrderMarkSemicolonsVietnameseDatesAndQuotedCells() throws Exception {
        String code = ImportFixtures.unique("SEMI");
        String csv = "\uFEFFCode;Parent Code;Type;Name;Full Name;Short Name;Valid From\r\n"
                + code + ";00070;division;\"Phòng Kinh tế; Hạ tầng\";\"Phòng \"\"Kinh tế\"\"\nphường Hoàn Kiếm\";KT;01/08/2025\r\n";
        MockHttpSession session = new MockHttpSession();
        String url = ImportFixtures.upload(mvc, session, "units", ImportFixtures.utf8(csv));
        Document page = preview(session, url);
        assertThat(page.select("#problems")).isEmpty();
        mvc.perform(post("/admin/imports/confirm").param("token", ImportFixtures.token(url)).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection());
        Unit unit = units.findByCode(code).orElseThrow();
        assertThat(unit.name()).isEqualTo("Phòng Kinh tế; Hạ tầng");
        assertThat(unit.fullName()).isEqualTo("Phòng \"Kinh tế\"\nphường Hoàn Kiếm");
        assertThat(unit.validFrom()).isEqualTo(LocalDate.of(2025, 8, 1));
    }

    @Test
    void reportsEveryKindOfRowProblemWithItsRowAndColumn() throws Exception {
        String duplicate = ImportFixtures.unique("DUP");
        String csv = HEADER
                + duplicate + ",00070,DIVISION,Phòng A,Phòng A đầy đủ,PA,,,\n"
                + duplicate + ",00070,DIVISION,Phòng A lặp,Phòng A lặp đầy đủ,PA,,,\n"
                + "bad code,00070,DIVISION,Phòng B,Phòng B đầy đủ,PB,,,\n"
                + ImportFixtures.unique("S") + ",00070,DEPARTMENT,Sở Lạ,Sở Lạ đầy đủ,SL,,,\n"
                + ImportFixtures.unique("C") + ",00070,DIVISION,,Phòng C đầy đủ,PC,2025-13-01,,abc\n"
                + "00070,01,DIVISION,Phường Hoàn Kiếm,Ủy ban nhân dân phường Hoàn Kiếm,UBND,,,\n"
                + ImportFixtures.unique("E") + ",00070,DIVISION,Phòng E,Phòng E đầy đủ,PE,2025-07-01,2025-01-01,\n";
        long before = units.count();
        MockHttpSession session = new MockHttpSession();
        Document page = preview(session, ImportFixtures.upload(mvc, session, "units", ImportFixtures.utf8(csv)));
        List<String> problems = page.select("#problems tbody tr").eachText();
        assertThat(problems).anySatisfy(row -> assertThat(row).startsWith("3 code " + duplicate + " đã xuất hiện ở dòng 2"))
                .anySatisfy(row -> assertThat(row).startsWith("4 code Mã “bad code” không hợp lệ"))
                .anySatisfy(row -> assertThat(row).startsWith("5 type Đơn vị loại DEPARTMENT không thể trực thuộc đơn vị loại COMMUNE"))
                .anySatisfy(row -> assertThat(row).isEqualTo("6 name Ô này bắt buộc."))
                .anySatisfy(row -> assertThat(row).startsWith("6 valid_from “2025-13-01” không phải là ngày hợp lệ"))
                .anySatisfy(row -> assertThat(row).startsWith("6 sort_order “abc” không phải là thứ tự hợp lệ"))
                .anySatisfy(row -> assertThat(row).startsWith("7 type Đơn vị này đang có loại COMMUNE"))
                .anySatisfy(row -> assertThat(row).startsWith("8 valid_to Ngày hết hiệu lực trước ngày bắt đầu hiệu lực"));
        assertThat(units.count()).isEqualTo(before);
    }

    @Test
    void refusesToMoveAUnitBelowItselfAndExplainsTheRule() throws Exception {
        String top = ImportFixtures.unique("CY");
        String below = top + ".B";
        MockHttpSession session = new MockHttpSession();
        String url = ImportFixtures.upload(mvc, session, "units", ImportFixtures.utf8(HEADER
                + top + ",00070,DIVISION,Phòng Trên,Phòng Trên đầy đủ,PT,,,\n"
                + below + "," + top + ",DIVISION,Phòng Dưới,Phòng Dưới đầy đủ,PD,,,\n"));
        mvc.perform(post("/admin/imports/confirm").param("token", ImportFixtures.token(url)).with(csrf()).session(session));
        assertThat(parentCode(below)).isEqualTo(top);

        Document page = preview(session, ImportFixtures.upload(mvc, session, "units", ImportFixtures.utf8(HEADER
                + top + "," + below + ",DIVISION,Phòng Trên,Phòng Trên đầy đủ,PT,,,\n")));
        assertThat(page.select("#problems tbody tr").eachText())
                .containsExactly("2 parent_code Không thể chuyển " + top + " vào " + below + " vì " + below + " nằm bên dưới " + top + ".");
        assertThat(parentCode(top)).isEqualTo("00070");
    }

    @Test
    void refusesUnreadableFilesWithAClearMessage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(multipart("/admin/imports/preview")
                        .file(new MockMultipartFile("file", "units.csv", "text/csv",
                                (HEADER + "X1,00070,DIVISION,Phòng,Phòng,P,,,\n").getBytes(StandardCharsets.ISO_8859_1)))
                        .param("kind", "units").with(csrf()).session(session))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/imports/index"))
                .andExpect(content().string(containsString("Tệp không ở mã UTF-8")));
        assertUploadError(session, "code,name\nX,Y\n", "Dòng tiêu đề thiếu cột bắt buộc: parent_code, type, full_name, short_name.");
        assertUploadError(session, "code,parent_code,type,name,full_name,short_name,colour\n", "Cột “colour” không được hỗ trợ.");
        assertUploadError(session, HEADER, "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.");
        assertUploadError(session, HEADER + "\"X1,00070\n", "Tệp không đúng định dạng CSV");
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i <= CsvReader.MAX_ROWS; i++) {
            many.append("M").append(i).append(",00070,DIVISION,P,P,P,,,\n");
        }
        assertUploadError(session, many.toString(), "Tệp có hơn 20.000 dòng dữ liệu");
        assertUploadError(session, HEADER + "x".repeat(CsvReader.MAX_BYTES), "Tệp lớn hơn 5 MB");
        mvc.perform(get("/admin/imports").session(session)).andExpect(content().string(not(containsString("/admin/imports/confirm"))));
    }

    private void assertUploadError(MockHttpSession session, String csv, String message) throws Exception {
        mvc.perform(multipart("/admin/imports/preview")
                        .file(new MockMultipartFile("file", "units.csv", "text/csv", ImportFixtures.utf8(csv)))
                        .param("kind", "units").with(csrf()).session(session))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/imports/index"))
                .andExpect(content().string(containsString(message)));
    }

    @Test
    void confirmingAnOlderPreviewIsRefused() throws Exception {
        String a = ImportFixtures.unique("TA");
        String b = ImportFixtures.unique("TB");
        MockHttpSession session = new MockHttpSession();
        String first = ImportFixtures.upload(mvc, session, "units", ImportFixtures.utf8(HEADER + a + ",00070,DIVISION,A,A,A,,,\n"));
        String second = ImportFixtures.upload(mvc, session, "units", ImportFixtures.utf8(HEADER + b + ",00070,DIVISION,B,B,B,,,\n"));
        mvc.perform(post("/admin/imports/confirm").param("token", ImportFixtures.token(first)).with(csrf()).session(session))
                .andExpect(redirectedUrl("/admin/imports"))
                .andExpect(flash().attribute("flash", new Flash("danger", EXPIRED)));
        mvc.perform(get(first).session(session)).andExpect(redirectedUrl("/admin/imports"));
        mvc.perform(post("/admin/imports/confirm").param("token", ImportFixtures.token(second)).with(csrf()).session(new MockHttpSession()))
                .andExpect(redirectedUrl("/admin/imports"));
        assertThat(units.findByCode(a)).isEmpty();
        assertThat(units.findByCode(b)).isEmpty();
    }

    @Test
    void aFileThatBecameInvalidSinceThePreviewImportsNothing() throws Exception {
        String parent = ImportFixtures.unique("GONE");
        MockHttpSession session = new MockHttpSession();
        String setup = ImportFixtures.upload(mvc, session, "units", ImportFixtures.utf8(HEADER + parent + ",00070,DIVISION,Cha,Cha,C,,,\n"));
        mvc.perform(post("/admin/imports/confirm").param("token", ImportFixtures.token(setup)).with(csrf()).session(session));
        String child = ImportFixtures.unique("KID");
        String url = ImportFixtures.upload(mvc, session, "units", ImportFixtures.utf8(HEADER + child + "," + parent + ",DIVISION,Con,Con,C,,,\n"));
        transactions.executeWithoutResult(status -> units.save(units.findByCode(parent).orElseThrow().deactivate(LocalDate.of(2026, 1, 1))));
        mvc.perform(post("/admin/imports/confirm").param("token", ImportFixtures.token(url)).with(csrf()).session(session))
                .andExpect(redirectedUrl(url))
                .andExpect(flash().attribute("flash", new Flash("danger", "Dữ liệu trong hệ thống đã thay đổi từ lúc xem "
                        + "trước nên tệp không còn hợp lệ; chưa có gì được nhập. Hãy xem báo cáo lỗi mới.")));
        assertThat(units.findByCode(child)).isEmpty();
        assertThat(preview(session, url).select("#problems tbody tr").eachText())
                .containsExactly("2 parent_code Đơn vị cấp trên " + parent + " đã ngừng hoạt động.");
    }

    @Test
    void cancellingForgetsTheFile() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String url = ImportFixtures.upload(mvc, session, "units", ImportFixtures.utf8(HEADER + ImportFixtures.unique("CX") + ",00070,DIVISION,A,A,A,,,\n"));
        mvc.perform(post("/admin/imports/cancel").with(csrf()).session(session))
                .andExpect(redirectedUrl("/admin/imports"))
                .andExpect(flash().attribute("flash", new Flash("success", "Đã hủy, không có dữ liệu nào được nhập.")));
        mvc.perform(get(url).session(session)).andExpect(redirectedUrl("/admin/imports"));
    }
}
