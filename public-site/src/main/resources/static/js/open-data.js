import { graphql, el, showError } from "/js/site.js";

// TODO
