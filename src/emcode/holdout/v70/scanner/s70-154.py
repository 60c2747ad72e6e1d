def is_staff_email(address):
    local, sep, domain = address.rpartition("@")
    return bool(local) and sep == "@" and domain.lower() == "museum.example"
