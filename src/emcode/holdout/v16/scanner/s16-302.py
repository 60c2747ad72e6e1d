def describe(fmt, *values):
    message = fmt % values
    return message.strip()


def greeting(user_fmt, globals_dict):
    return user_fmt.format(**globals_dict)
