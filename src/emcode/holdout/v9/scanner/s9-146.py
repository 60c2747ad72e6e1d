from django.http import JsonResponse
from inventory.models import Item


def item_list(request):
    qs = Item.objects.all()
    name = request.GET.get("name")
    if name:
        qs = qs.filter(name__icontains=name)
    location = request.GET.get("location")
    if location:
        qs = qs.filter(location__code=location)
    order = request.GET.get("order")
    if order in {"name", "-name", "qty", "-qty"}:
        qs = qs.order_by(order)
    return JsonResponse({"items": list(qs.values("id", "name", "qty")[:100])})
