import os
import ssl
import paho.mqtt.client as mqtt


def on_message(client, userdata, msg):
    print(msg.topic, len(msg.payload))


client = mqtt.Client(client_id="sensor-hub")
client.tls_set(ca_certs=os.environ.get("MQTT_CA", "/etc/ssl/certs/ca-certificates.crt"), cert_reqs=ssl.CERT_REQUIRED)
client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASS"])
client.on_message = on_message
client.connect("broker.example.net", 8883)
client.subscribe("plant/+/temperature")
client.loop_forever()
