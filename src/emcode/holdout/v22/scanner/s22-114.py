def greet(fmt, settings):
    return fmt.format(settings)
