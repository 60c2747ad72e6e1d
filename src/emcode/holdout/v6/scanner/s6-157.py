class Config:
    SECRET_KEY = "k"

def render_greeting(fmt, user):
    return fmt.format(user=user, config=Config)
