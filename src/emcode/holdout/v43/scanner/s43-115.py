import secrets

from django.http import JsonResponse
from django.contrib.auth.decorators import login_required


@login_required
def issue_card(request):
    card_no = "".join(str(secrets.randbelow(10)) for _ in range(12))
    pin = f"{secrets.randbelow(10000):04d}"
    return JsonResponse({"card": card_no, "activation_pin": p