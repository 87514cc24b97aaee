package io.cartbridge.edi.model;

/**
 * A postal address with the contact who receives the parcel.
 *
 * <p>Every field may be {@code null} except where a document requires it; writers skip empty
 * optional elements. {@code country} is the ISO 3166-1 alpha-2 code ({@code "US"}, {@code "DE"}).
 *
 * @param name       the recipient's full name
 * @param company    the company name, or {@code null}
 * @param line1      first street line
 * @param line2      second street line (apartment, suite), or {@code null}
 * @param city       city
 * @param state      state, province or region code, or {@code null}
 * @param postalCode postal code, or {@code null}
 * @param country    ISO 3166-1 alpha-2 country code
 * @param phone      phone number, or {@code null}
 * @param email      e-mail address, or {@code null}
 * @since 0.1
 */
public record Address(String name, String company, String line1, String line2, String city,
                      String state, String postalCode, String country, String phone, String email) {
}
