package vn.cityhall.organization.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The one-time file of login names and initial passwords handed to the administrator after an import. */
final class CredentialsFile {

    private CredentialsFile() {
    }

    static byte[] of(List<ImportApplier.Credential> credentials) {
        StringWriter out = new StringWriter().append(ImportTemplates.BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord("username", "full_name", "unit_code", "initial_password");
            for (ImportApplier.Credential credential : credentials) {
                printer.printRecord(credential.username(), credential.fullName(), credential.unitCode(),
                        credential.password());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
