def is_staff_email(address):
    local, sep, domain = address.strip().rpartition("@")
    return bool(local) and sep == "@" and domain.lower() == "cityhall.example"
