package vn.cityhall.organization.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The template files offered for download: the header and example rows, UTF-8 with a byte order
 * mark so that Excel shows Vietnamese correctly when the file is opened directly.
 */
final class ImportTemplates {

    static final String BOM = "\uFEFF";

    private static final List<String> UNIT_EXAMPLES = List.of(
            "01.SXD.QLN,01.SXD,DIVISION,Phòng Quản lý nhà,Phòng Quản lý nhà - Sở Xây dựng,QLN,2025-07-01,,3",
            "00070.TP,00070,DIVISION,Phòng Tư pháp,Phòng Tư pháp phường Hoàn Kiếm,TP,01/07/2025,,4");

    private static final List<String> PEOPLE_EXAMPLES = List.of(
            "nguyenvana.sxd,Nguyễn Văn A,01.SXD.HTKT,CHUYEN_VIEN,nguyenvana@hanoi.gov.vn,0912345678,,OFFICER|REPORTER,true",
            "tranthib.hk,Trần Thị B,00070.VP,VAN_THU,,+84987654321,,CLERK,true");

    private ImportTemplates() {
    }

    static byte[] of(ImportKind kind) {
        String header = kind.columns().stream().map(ImportKind.ImportColumn::name).collect(Collectors.joining(","));
        List<String> examples = kind == ImportKind.UNITS ? UNIT_EXAMPLES : PEOPLE_EXAMPLES;
        return (BOM + header + "\r\n" + String.join("\r\n", examples) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
