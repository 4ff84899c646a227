console.log('briefdeck');
