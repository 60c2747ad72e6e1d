from django.http import HttpResponse


def track_order(request):
    order_no = request.GET.get("order", "")
    body = f"<h1>Order {order_no}</h1><p>Status: processing</p>"
    return HttpResponse(body)
