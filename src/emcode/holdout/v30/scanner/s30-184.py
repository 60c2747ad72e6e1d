def is_staff_email(address):
    local, sep, domain = address.rpartition("@")
    return bool(sep and local) and domain.lower() == "northfield.ac.uk"
