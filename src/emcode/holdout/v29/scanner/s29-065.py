def remember_branch_cookie(branch_name, max_age=30 * 86400):
    return ("Set-Cookie", f"preferred_branch={branch_name}; Max-Age={max_age}; Path=/; HttpOnly")
