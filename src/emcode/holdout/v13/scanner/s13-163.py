import ssl
import paho.mqtt.client as mqtt

def connect(host, user, pw):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    c = mqtt.Client()
    c.tls_set_context(ctx)
    c.username_pw_set(user, pw)
    c.connect(host, 8883)
    return c
