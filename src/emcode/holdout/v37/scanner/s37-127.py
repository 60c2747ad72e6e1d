from django.http import HttpResponse
from django.utils.html import escape


def seat_label(request):
    name = escape(request.GET.get("name", ""))
    row = escape(request.GET.get("row", ""))
    return HttpResponse(f"<div class='seat'><b>{name}</b> &middot; row {row}</div>")
