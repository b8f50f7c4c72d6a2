package vn.cityhall.feedback.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class Open311XmlTests {

    @Test
    void escapesMarkupAndKeepsVietnameseText() throws Exception {
        String name = "Hạ tầng <đô thị> & \"cầu\" 'cống' 🚧";
        String xml = Open311Xml.write("services", List.of(Map.of("service_name", name)));

        assertThat(xml).contains("Hạ tầng &lt;đô thị&gt; &amp; &quot;cầu&quot; &apos;cống&apos; 🚧");
        assertThat(parse(xml).getElementsByTagName("service_name").item(0).getTextContent()).isEqualTo(name);
    }

    @Test
    void dropsCharactersXmlCannotCarry() throws Exception {
        String xml = Open311Xml.write("errors", List.of(Map.of("description", "Lỗi\u0001 ở\u0000 dòng\u000B 2\nhết")));

        assertThat(parse(xml).getElementsByTagName("description").item(0).getTextContent()).isEqualTo("Lỗi ở dòng 2\nhết");
    }

    @Test
    void mapsListsToSingularChildrenAndNullToAnEmptyElement() throws Exception {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("code", "SINCE");
        attribute.put("datatype_description", null);
        attribute.put("values", List.of(Map.of("key", "TODAY"), Map.of("key", "WEEK")));
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", "HA_TANG");
        definition.put("attributes", List.of(attribute));

        String xml = Open311Xml.write("service_definition", definition);

        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?><service_definition><service_code>HA_TANG"
                + "</service_code><attributes><attribute><code>SINCE</code><datatype_description/><values><value><key>TODAY"
                + "</key></value><value><key>WEEK</key></value></values></attribute></attributes></service_definition>");
        assertThat(parse(xml).getDocumentElement().getNodeName()).isEqualTo("service_definition");
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
