from django.http import HttpResponse
from django.utils.html import format_html


def track_order(request):
    order_no = request.GET.get("order", "")
    body = format_html("<h1>Order {}</h1><p>Status: processing</p>", order_no)
    return HttpResponse(body)
