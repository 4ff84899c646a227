/** Editing a slide's text on the slide itself (the preview's overlay text box): public entry. */
export { SlideTextEditor, type OnSlideTarget } from './SlideTextEditor';
export { slideTextField } from './slideTextFields';
