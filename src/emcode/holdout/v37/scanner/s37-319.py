def is_staff_email(address):
    local, sep, domain = address.strip().lower().rpartition("@")
    return bool(local) and sep == "@" and domain == "grandhotel.com"
