/// A random webhook signature token, well past Genesys's 15-character minimum. Used by the service layer
/// to answer `Effect.generateSecretToken` (the reducer itself stays free of randomness).
public enum SecretToken {
    public static let length = 32
    /// Letters and digits without the look-alikes (0/O, 1/l/I), for a token someone may have to read out.
    static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
