/// Percent-encoding of URL query values (RFC 3986), without Foundation: the API client writes them, the
/// practice org writes them into the paging links it returns.
public enum PercentEncoding {
    /// RFC 3986's unreserved characters stay, and `*` (Genesys's name wildcard); every other byte is %XX.
    public static func encode(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"), UInt8(ascii: "*"):
                result.append(Character(UnicodeScalar(byte)))
            default:
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return result
    }
}
