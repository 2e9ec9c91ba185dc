/**
 * The WebMCP declarative API's attributes, which Astro's HTML types do not know yet
 * (https://developer.chrome.com/docs/ai/webmcp/declarative-api).
 */
declare namespace astroHTML.JSX {
  interface FormHTMLAttributes {
    /** The tool's name, as an agent calls it. */
    toolname?: string;
    /** What the tool does, for the agent choosing one. */
    tooldescription?: string;
    /** The agent may submit the form without waiting for the reader. */
    toolautosubmit?: boolean;
  }
  interface InputHTMLAttributes {
    /** The parameter's description in the tool's JSON Schema (the label is used without it). */
    toolparamdescription?: string;
  }
}
