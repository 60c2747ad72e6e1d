from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from inventory.models import Item


@login_required
def item_search(request):
    q = request.GET.get("q", "").strip()
    items = Item.objects.filter(name__icontains=q)[:50] if q else []
    return render(request, "inventory/search.html", {"q": q, "items": items})
