from django.shortcuts import render

from .models import Fridge


def fridge_search(request):
    q = request.GET.get("q", "").strip()
    fridges = Fridge.objects.filter(name__icontains=q)[:50] if q else []
    return render(request, "fridges/search.html", {"q": q, "fridges": fridges})
