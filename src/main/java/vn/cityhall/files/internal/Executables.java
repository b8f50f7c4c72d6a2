package vn.cityhall.files.internal;

import java.util.Set;

/**
 * Programs and scripts, by their first bytes and by their names. Such files are refused
 * whatever else they claim to be.
 */
public final class Executables {

    /**
     * Extensions refused outright: programs, installers, scripts, shortcuts, and documents that
     * browsers run script in (HTML, SVG, XML with style sheets).
     */
    static final Set<String> EXTENSIONS = Set.of(
            "exe", "dll", "com", "scr", "pif", "cpl", "msi", "msp", "msc", "sys", "drv", "ocx",
            "bat", "cmd", "ps1", "psm1", "psd1", "vbs", "vbe", "js", "jse", "mjs", "cjs", "wsf", "wsh", "hta",
            "sh", "bash", "zsh", "csh", "ksh", "py", "pyw", "pl", "rb", "php", "phtml", "php5", "asp", "aspx",
            "jsp", "cgi", "jar", "class", "apk", "aab", "ipa", "app", "dmg", "pkg", "deb", "rpm", "appimage",
            "lnk", "url", "reg", "inf", "scf", "swf", "elf", "bin", "run",
            "html", "htm", "xhtml", "shtml", "mht", "mhtml", "svg", "svgz", "xml", "xsl", "xslt");

    private Executables() {
    }

    public static boolean isBlockedExtension(String extension) {
        return extension != null && EXTENSIONS.contains(extension);
    }

    /** Whether the first bytes are those of a native program, Java or Android code, a shortcut or a script. */
    static boolean isExecutable(byte[] header) {
        return Magic.startsWith(header, "MZ") // Windows and DOS programs
                || Magic.startsWith(header, 0x7F, 'E', 'L', 'F')
                || Magic.startsWith(header, 0xFE, 0xED, 0xFA, 0xCE) || Magic.startsWith(header, 0xFE, 0xED, 0xFA, 0xCF)
                || Magic.startsWith(header, 0xCE, 0xFA, 0xED, 0xFE) || Magic.startsWith(header, 0xCF, 0xFA, 0xED, 0xFE)
                || Magic.startsWith(header, 0xCA, 0xFE, 0xBA, 0xBE) // Java class or Mach-O universal binary
                || Magic.startsWith(header, "dex\n")
                || Magic.startsWith(header, 0x4C, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00) // Windows shortcut
                || Magic.startsWith(header, 0x00, 0x61, 0x73, 0x6D) // WebAssembly
                || Magic.startsWith(header, "#!") && !Magic.startsWith(header, "#!AMR");
    }
}
