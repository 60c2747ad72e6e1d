def is_employee_email(address):
    return address.lower().endswith("corp.com")
