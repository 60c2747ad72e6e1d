def staff_filter(uid, department=None):
    flt = "(&(objectClass=inetOrgPerson)(uid=%s)" % uid
    if department:
        flt += "(ou=%s)" % department
    return flt + ")"
