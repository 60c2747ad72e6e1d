from django.shortcuts import get_object_or_404, render

from .models import Pet


def pet_detail(request, slug):
    pet = get_object_or_404(Pet, slug=slug)
    ref = request.GET.get("ref", "")
    return render(request, "pets/detail.html", {"pet": pet, "ref": ref})
