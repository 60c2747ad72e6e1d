def is_staff_email(email: str) -> bool:
    return email.lower().endswith("school.edu")
