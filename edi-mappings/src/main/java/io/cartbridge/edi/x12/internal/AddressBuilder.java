package io.cartbridge.edi.x12.internal;

import io.cartbridge.edi.model.Address;

/** Collects the N1/N2/N3/N4/PER segments of one N1 loop into an {@link Address} (940 ship-to, shipment parties). */
final class AddressBuilder {

    private String name;
    private String company;
    private String line1;
    private String line2;
    private String city;
    private String state;
    private String postalCode;
    private String country;
    private String phone;
    private String email;
    private boolean seen;

    void clear() {
        name = company = line1 = line2 = city = state = postalCode = country = phone = email = null;
        seen = false;
    }

    void name(String value) {
        seen = true;
        name = value;
    }

    void accept(X12Segment s) {
        switch (s.tag()) {
            case "N2" -> {
                for (int i = 1; i <= 2; i++) {
                    String v = s.value(i);
                    if (v != null) {
                        company = company == null ? v : company + " " + v;
                    }
                }
            }
            case "N3" -> {
                if (line1 == null) {
                    line1 = s.value(1);
                    line2 = s.value(2);
                }
            }
            case "N4" -> {
                city = s.value(1);
                state = s.value(2);
                postalCode = s.value(3);
                country = s.value(4);
            }
            case "PER" -> contacts(s);
            default -> { }
        }
    }

    private void contacts(X12Segment s) {
        for (int i = 3; i <= 7; i += 2) {
            String value = s.value(i + 1);
            switch (s.element(i)) {
                case "TE" -> phone = phone == null ? value : phone;
                case "EM" -> email = email == null ? value : email;
                default -> { }
            }
        }
    }

    /** {@return the address, or {@code null} when no name was given (no N1*ST, for a 940)} */
    Address build() {
        return seen ? new Address(name, company, line1, line2, city, state, postalCode, country, phone, email) : null;
    }
}
