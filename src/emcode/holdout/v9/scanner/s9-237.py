def greeting(fmt, name):
    return fmt.format(name=name, **globals())
