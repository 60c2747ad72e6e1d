from django.http import HttpResponse
from django.urls import path


def pet_search(request):
    species = request.GET.get("species", "")
    rows = "<tr><td>No results</td></tr>"
    body = f"<h2>Adoptable {species}</h2><table>{rows}</table>"
    return HttpResponse(body)


urlpatterns = [path("pets/search/", pet_search)]
