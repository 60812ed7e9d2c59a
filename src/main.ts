/** Entry point: registers `<career-explorer>` (and its parts) for index.html or any page. */
import "./components/cp-app/cp-app.ts";
