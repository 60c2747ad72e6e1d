def is_staff_email(address):
    return address.lower().endswith("museum.example")
