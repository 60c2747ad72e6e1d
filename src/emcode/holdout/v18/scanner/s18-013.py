import base64
from pickle import loads as decode

from django.http import HttpResponse


def cart_view(request):
    raw = request.COOKIES.get("cart", "")
    if not raw:
        return HttpResponse("empty cart")
    cart = decode(base64.b64decode(raw))
    lines = ["%s x %d" % (item, qty) for item, qty in cart.items()]
    return HttpResponse("\n".join(lines), content_type="text/plain")
