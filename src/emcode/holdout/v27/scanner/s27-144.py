def is_staff_email(email: str) -> bool:
    local, sep, domain = email.rpartition("@")
    return bool(local) and sep == "@" and domain.lower() == "school.edu"
