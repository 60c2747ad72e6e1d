from django.http import HttpResponse
from django.views import View


class GreetingView(View):
    def get(self, request):
        visitor = request.GET.get("visitor", "friend")
        theme = "dark" if request.GET.get("dark") else "light"
        body = f"<body class='{theme}'><p>Hi {visitor}, thanks for stopping by.</p></body>"
        return HttpResponse(body)
