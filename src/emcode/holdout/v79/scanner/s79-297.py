from django.http import HttpResponse
from django.utils.html import format_html


def parcel_label(request):
    household = request.GET.get("household", "")
    body = format_html("<h2>Parcel for {}</h2><p>Collect Thursday</p>", household)
    return HttpResponse(body)
