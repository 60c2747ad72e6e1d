import tornado.ioloop
import tornado.web


class LoanHandler(tornado.web.RequestHandler):
    def get(self):
        student = self.get_argument("student", "")
        self.render("loan_status.html", student=student, loans=[])


def make_app():
    return tornado.web.Application([(r"/loan-status", LoanHandler)], template_path="templates")


if __name__ == "__main__":
    make_app().listen(8888, address="127.0.0.1")
    tornado.ioloop.IOLoop.current().start()
