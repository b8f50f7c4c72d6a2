package vn.cityhall.organization.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvReaderTests {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsCommaSeparatedRowsWithSpreadsheetRowNumbers() throws Exception {
        CsvTable table = CsvReader.read(utf8("""
                code,parent_code,type,name,full_name,short_name
                A1,01,DEPARTMENT,Sở A,Sở A đầy đủ,SA

                A2,01,DEPARTMENT,"Sở B, C","Sở B
                C đầy đủ",SB
                A3,01,DEPARTMENT,Sở D,Sở D,SD
                """), ImportKind.UNITS);
        assertThat(table.rows()).extracting(CsvTable.Row::number).containsExactly(2, 4, 5);
        assertThat(table.rows().get(1).get("name")).isEqualTo("Sở B, C");
        assertThat(table.rows().get(1).get("full_name")).isEqualTo("Sở B\nC đầy đủ");
        assertThat(table.has("valid_from")).isFalse();
    }

    @Test
    void acceptsAByteOrderMarkSemicolonsAndLooseHeaders() throws Exception {
        CsvTable table = CsvReader.read(utf8("\uFEFFUsername; Full Name ;unit-code;POSITION\r\nan.nv;Nguyễn Văn An;01;CHU_TICH\r\n"),
                ImportKind.PEOPLE);
        assertThat(table.columns()).containsExactly("username", "full_name", "unit_code", "position");
        assertThat(table.rows().get(0).values()).containsEntry("username", "an.nv").containsEntry("position", "CHU_TICH");
    }

    @Test
    void storesTextInNfcAndDropsBlankCells() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Hoàn Kiếm", java.text.Normalizer.Form.NFD);
        CsvTable table = CsvReader.read(utf8("code,parent_code,type,name,full_name,short_name\nX, ,DIVISION, " + decomposed
                + " ,y,z\n"), ImportKind.UNITS);
        assertThat(table.rows().get(0).get("name")).isEqualTo("Hoàn Kiếm");
        assertThat(table.rows().get(0).values()).doesNotContainKey("parent_code");
    }

    @Test
    void refusesFilesThatAreNotUtf8EmptyOrWithoutTheRequiredColumns() {
        assertThatThrownBy(() -> CsvReader.read("code,tên\n".getBytes(StandardCharsets.ISO_8859_1), ImportKind.UNITS))
                .extracting("key").isEqualTo("organization.import.file.notUtf8");
        assertThatThrownBy(() -> CsvReader.read(utf8("\uFEFF  \n"), ImportKind.UNITS))
                .extracting("key").isEqualTo("organization.import.file.empty");
        assertThatThrownBy(() -> CsvReader.read(utf8("username,full_name\nx,y\n"), ImportKind.PEOPLE))
                .extracting("key").isEqualTo("organization.import.file.missingColumns");
        assertThatThrownBy(() -> CsvReader.read(utf8("username,username,full_name,unit_code,position\n"), ImportKind.PEOPLE))
                .extracting("key").isEqualTo("organization.import.file.duplicateColumn");
    }
}
