import os

from django.http import HttpResponse
from itsdangerous import BadSignature, URLSafeSerializer

signer = URLSafeSerializer(os.environ["CART_SIGNING_KEY"], salt="cart")


def cart_view(request):
    raw = request.COOKIES.get("cart", "")
    if not raw:
        return HttpResponse("empty cart", content_type="text/plain")
    try:
        cart = signer.loads(raw)
    except BadSignature:
        return HttpResponse("invalid cart", status=400, content_type="text/plain")
    lines = ["%s x %d" % (item, int(qty)) for item, qty in cart.items()]
    return HttpResponse("\n".join(lines), content_type="text/plain")
