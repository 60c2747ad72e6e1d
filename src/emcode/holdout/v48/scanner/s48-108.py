from django.http import HttpResponse
from django.views import View


class FilmSearchView(View):
    def get(self, request):
        title = request.GET.get("title", "")
        response = HttpResponse()
        response.write("<h1>Search</h1>")
        response.write("<p>You searched for " + title + "</p>")
        return response
