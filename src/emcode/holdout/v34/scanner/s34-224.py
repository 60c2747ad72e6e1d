from django.shortcuts import render

from .models import Person


def search_people(request):
    q = request.GET.get("q", "").strip()
    people = Person.objects.filter(surname__icontains=q)[:50] if q else []
    return render(request, "archive/search.html", {"q": q, "people": people})
