def member_filter(surname, club="sailing"):
    return "(&(objectClass=person)(ou=" + club + ")(sn=" + surname + "))"
